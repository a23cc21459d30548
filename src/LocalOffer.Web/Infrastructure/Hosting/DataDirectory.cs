using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Infrastructure.Hosting;

/// <summary>The one folder the site writes to (<c>LocalOffer:DataDirectory</c>), created on first use.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<LocalOfferOptions> options, IHostEnvironment environment)
    {
        Path = options.Value.ResolveDataDirectory(environment.ContentRootPath);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }
}
