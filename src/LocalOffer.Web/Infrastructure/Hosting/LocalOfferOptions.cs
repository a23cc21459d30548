namespace LocalOffer.Web.Infrastructure.Hosting;

/// <summary>The <c>LocalOffer</c> configuration section.</summary>
public sealed class LocalOfferOptions
{
    public const string Section = "LocalOffer";

    /// <summary>Where the site writes everything it keeps on disk: database, search index, logs.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Fill an empty database with the demonstration catalogue. Never for a real council.</summary>
    public bool DemoData { get; set; }

    /// <summary>Also write logs to rolling files under the data directory (containers log to the console).</summary>
    public bool LogToFile { get; set; }

    /// <summary>How long a listing stays current after it is approved or confirmed.</summary>
    public int ReviewPeriodMonths { get; set; } = 12;

    /// <summary>How long an information page may go after its last review before officers see it as overdue.</summary>
    public int InformationReviewMonths { get; set; } = 12;

    /// <summary>The site's public address, for links in emails, e.g. <c>https://localoffer.example.gov.uk</c>.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5000";

    /// <summary>How many days before a listing's review date its provider is reminded.</summary>
    public int ReminderDaysBefore { get; set; } = 30;

    /// <summary>How often the site looks for listings to remind providers about; 0 turns the schedule off.</summary>
    public double ReminderCheckMinutes { get; set; } = 60;

    /// <summary>How many days past its review date a listing is flagged to the public as possibly out of date.</summary>
    public int LongOverdueDays { get; set; } = 90;

    /// <summary>How often a server looks for listings changed by other servers sharing its database (or by a command).</summary>
    public double CatalogueCheckSeconds { get; set; } = 1;

    /// <summary>How long requests already running may take to finish when the site is told to stop.</summary>
    public int ShutdownSeconds { get; set; } = 30;

    public DatabaseOptions Database { get; set; } = new();

    public CouncilOptions Council { get; set; } = new();

    public Email.EmailOptions Email { get; set; } = new();

    public FeedbackOptions Feedback { get; set; } = new();

    public OpenDataOptions OpenData { get; set; } = new();

    /// <summary>How often one internet address may send each public form (<c>LocalOffer:RateLimits</c>).</summary>
    public Features.Security.RateLimitOptions RateLimits { get; set; } = new();

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}

/// <summary>The <c>LocalOffer:Database</c> section: which database engine holds the catalogue and accounts.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (a file in the data directory, the default) or <c>PostgreSQL</c>; either spelling case.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For PostgreSQL, required: e.g. <c>Host=db.example.gov.uk;Database=localoffer;Username=localoffer;Password=...</c>.
    /// Not used for SQLite, whose file is always <c>localoffer.db</c> in the data directory.
    /// </summary>
    public string? ConnectionString { get; set; }
}

/// <summary>The council's branding and contact details: nothing about a council is written into pages.</summary>
public sealed class CouncilOptions
{
    public string Name { get; set; } = "Your council";
    public string ServiceName { get; set; } = "SEND Local Offer";
    /// <summary>A logo under the web root (e.g. <c>/images/council-logo.svg</c>) or an absolute URL; optional.</summary>
    public string? LogoUrl { get; set; }
    public string? Phone { get; set; }
    public string? PhoneHours { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    /// <summary>Shows a notice on every page that the data is a demonstration.</summary>
    public bool IsDemonstration { get; set; }
    public List<FooterLink> FooterLinks { get; set; } = [];
}

/// <summary>The <c>LocalOffer:Feedback</c> section: comments on the Local Offer.</summary>
public sealed class FeedbackOptions
{
    /// <summary>The month the reporting year for "You said, we did" starts in: 9 (September) by default.</summary>
    public int YearStartMonth { get; set; } = 9;
    /// <summary>How many comments one internet address may send in an hour.</summary>
    public int CommentsPerHour { get; set; } = 5;
}

public sealed class FooterLink
{
    public string Text { get; set; } = "";
    public string Url { get; set; } = "";
}

/// <summary>The <c>LocalOffer:OpenData</c> section: the Open Referral API.</summary>
public sealed class OpenDataOptions
{
    /// <summary>How many API requests one internet address may make in a minute before it is asked to wait (429).</summary>
    public int RequestsPerMinute { get; set; } = 600;
}
