using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Hosting;

/// <summary>The size of one message the browser may send over the Blazor circuit (SignalR's MaximumReceiveMessageSize).</summary>
public static class CircuitLimits
{
    /// <summary>32 KB: the longest allowed field fully escaped (6 bytes a character) fits with room for the envelope.</summary>
    public const int MaxReceiveMessageBytes = 32 * 1024;

    /// <summary>The bytes the longest allowed field can take in a message, worst case (every character a \uXXXX escape).</summary>
    public const int LongestFieldBytes = SaveProgressRequestValidator.MaxNoteLength * 6;
}
