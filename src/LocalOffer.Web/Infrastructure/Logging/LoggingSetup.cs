using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace LocalOffer.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog as the only log provider: readable lines in development, JSON lines elsewhere (set
    /// <c>LocalOffer:LogFormat</c> to <c>text</c> or <c>json</c> to choose). Levels come from the usual
    /// <c>Logging:LogLevel</c> section; ASP.NET Core's own request lines are kept at Warning because
    /// they carry the raw query string, which can hold a visitor's postcode.
    /// </summary>
    public static void AddSiteLogging(this WebApplicationBuilder builder, string dataDirectory, bool logToFile)
    {
        var json = builder.Configuration["LocalOffer:LogFormat"] is { } format
            ? format.Equals("json", StringComparison.OrdinalIgnoreCase)
            : !builder.Environment.IsDevelopment();

        var config = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .Enrich.FromLogContext();
        config = json
            ? config.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : config.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
        if (logToFile)
        {
            config = config.WriteTo.File(new JsonFormatter(renderMessage: true),
                Path.Combine(dataDirectory, "logs", "localoffer-.json"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
        }

        // Registered as a plain provider (not through AddSerilog, which lets every level through) so the
        // standard Logging:LogLevel rules decide what is written.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(_ => new SerilogLoggerProvider(config.CreateLogger(), dispose: true));
    }
}
