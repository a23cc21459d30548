namespace LocalOffer.Web.Infrastructure.Hosting;

/// <summary>
/// Finds the top-level folders the site serves from: <c>wwwroot/</c> (the web root) and <c>content/</c>
/// (the information pages). A published site carries both beside its executable; in a source checkout
/// they sit at the top of the repository, next to LocalOffer.sln.
/// </summary>
public static class SiteFolders
{
    public static string WebRoot => Find("wwwroot");
    public static string Content => Find("content");

    private static string Find(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LocalOffer.sln")))
                return Path.Combine(dir.FullName, name);
        }
        return beside;
    }
}
