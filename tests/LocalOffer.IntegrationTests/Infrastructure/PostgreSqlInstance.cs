using Npgsql;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>A PostgreSQL instance of a test's own, made with the server's own tools and thrown away after.</summary>
public sealed class PostgreSqlInstance : IAsyncDisposable
{
    private readonly string _folder, _bin;
    private readonly int _port;

    private PostgreSqlInstance(string folder, string bin, int port) => (_folder, _bin, _port) = (folder, bin, port);

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=localoffer;Database=localoffer;Timeout=5;Command Timeout=15";

    /// <summary>initdb and pg_ctl, run as the operating system's postgres user (they refuse to run as root).</summary>
    public static async Task<PostgreSqlInstance> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Max()
            ?? throw new InvalidOperationException("The PostgreSQL server programs are not installed.");
        var folder = Path.Combine(Path.GetTempPath(), "localoffer-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var instance = new PostgreSqlInstance(folder, bin, Hosting.SiteProcess.FreePort());
        await instance.RunAsync("chown", $"postgres \"{folder}\"", asPostgres: false);
        await instance.RunAsync(Path.Combine(bin, "initdb"), $"-D \"{folder}/data\" -U localoffer -A trust --no-sync");
        await instance.StartAgainAsync();
        await instance.RunAsync(Path.Combine(bin, "createdb"), $"-h 127.0.0.1 -p {instance._port} -U localoffer localoffer");
        return instance;
    }

    public Task StartAgainAsync() =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), $"-D \"{_folder}/data\" -l \"{_folder}/log\" -w -o \"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off\" start");

    /// <summary>A fast shutdown: open connections are cut, as in a restart or a fail-over.</summary>
    public Task StopAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"), $"-D \"{_folder}/data\" -w -m fast stop");

    private async Task RunAsync(string program, string arguments, bool asPostgres = true)
    {
        var (exit, output) = asPostgres
            ? await Hosting.SiteProcess.RunAsync("runuser", $"-u postgres -- {program} {arguments}", _folder)
            : await Hosting.SiteProcess.RunAsync(program, arguments, _folder);
        if (exit != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} failed: {output}");
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await StopAsync(); } catch (InvalidOperationException) { }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
