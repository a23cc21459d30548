# LocalOffer: the published site in a small runtime image, running as a non-root user.
# Build:  docker build -t localoffer .
# Run:    docker run -p 8080:8080 -v localoffer-data:/data localoffer
# (Add -e LocalOffer__DemoData=true to try it with the demonstration catalogue.)
# First admin: docker run --rm -v localoffer-data:/data -e LOCALOFFER_ADMIN_PASSWORD='...' localoffer \
#                create-admin --email you@council.gov.uk --name "Your Name"
# The data volume holds the SQLite database (with the keys that protect sign-in cookies and emailed
# links), the search index and the email drop folder.
# Backup while it runs: docker exec <container> dotnet LocalOffer.Web.dll backup /data/backups/today.db
# On PostgreSQL (several web servers): set LocalOffer__Database__Provider=PostgreSQL and
# LocalOffer__Database__ConnectionString; compose.yaml shows two web servers behind one port.
# This image has not been built by the project's own checks (they have no Docker engine); the test
# suite runs its publish step and starts the published site exactly as this image does.

# 1. Front end: GOV.UK Frontend styles and scripts from npm, compiled into wwwroot/.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY build/ build/
COPY src/LocalOffer.Web/Styles/ src/LocalOffer.Web/Styles/
COPY wwwroot/ wwwroot/
RUN npm run build

# 2. The site, published for release.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY LocalOffer.sln ./
COPY src/LocalOffer.Web/LocalOffer.Web.csproj src/LocalOffer.Web/
RUN dotnet restore src/LocalOffer.Web/LocalOffer.Web.csproj
COPY src/ src/
COPY content/ content/
COPY --from=frontend /src/wwwroot/ wwwroot/
RUN dotnet publish src/LocalOffer.Web/LocalOffer.Web.csproj -c Release -o /app --no-restore -p:SkipFrontEndBuild=true

# 3. Runtime: ASP.NET Core only, the image's non-root "app" user, data on a volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    LocalOffer__DataDirectory=/data \
    LocalOffer__LogFormat=json
USER app
VOLUME ["/data"]
EXPOSE 8080
# Ready means the database answers and the search index is loaded (/health/ready). The runtime image
# has no curl, so the site's own "healthcheck" command asks it.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 CMD ["dotnet", "LocalOffer.Web.dll", "healthcheck"]
# "docker stop" sends SIGTERM: the site stops taking new requests and gives running ones
# LocalOffer__ShutdownSeconds (30 by default) to finish; give docker stop longer than that (-t 40).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "LocalOffer.Web.dll"]
