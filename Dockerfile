# PlanTracker portal image. Build from the repository root: docker build -t plantracker .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props PlanTracker.sln ./
COPY global.json ./
COPY src/ src/
RUN dotnet publish src/PlanTracker.Web/PlanTracker.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ /app/seeds/
ENV ASPNETCORE_URLS=http://+:8080 \
    Seeds__Directory=/app/seeds
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "PlanTracker.Web.dll"]
