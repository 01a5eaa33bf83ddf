// The reconnect dialog's 刷新页面 buttons (Components/ReconnectModal.razor): a file, not inline script, so the CSP allows it.
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-reload-page]')) {
        location.reload();
    }
});
