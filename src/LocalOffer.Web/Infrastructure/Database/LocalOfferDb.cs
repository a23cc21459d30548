using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Search;
using System.Text.Json;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Reviews;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Infrastructure.Database;

/// <summary>The database of record. Everything else (the search index, exports) is derived from it.</summary>
public sealed class LocalOfferDb(DbContextOptions<LocalOfferDb> options) : DbContext(options)
{
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<OpeningTime> OpeningTimes => Set<OpeningTime>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<PostcodeRecord> Postcodes => Set<PostcodeRecord>();
    public DbSet<PostcodeArea> PostcodeAreas => Set<PostcodeArea>();
    public DbSet<UnmetSearch> UnmetSearches => Set<UnmetSearch>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<ListingEvent> ListingEvents => Set<ListingEvent>();
    public DbSet<LocalOfferQuestion> LocalOfferQuestions => Set<LocalOfferQuestion>();
    public DbSet<ReviewReminder> ReviewReminders => Set<ReviewReminder>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentTheme> CommentThemes => Set<CommentTheme>();
    public DbSet<CouncilResponse> CouncilResponses => Set<CouncilResponse>();
    public DbSet<CommentEvent> CommentEvents => Set<CommentEvent>();
    public DbSet<YearSummary> YearSummaries => Set<YearSummary>();
    public DbSet<PageUsefulness> PageUsefulness => Set<PageUsefulness>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ListingChange> ListingChanges => Set<ListingChange>();

    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc =
        new(at => at.ToUniversalTime(), at => at);

    private static readonly JsonSerializerOptions FormJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Published listings only: what the public may see.</summary>
    public IQueryable<Listing> PublishedListings => Listings.Where(l => l.Status == ListingStatus.Published);

    /// <summary>Every save that touches a listing records it for the other servers (<see cref="ListingChangeRecorder"/>).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.AddInterceptors(ListingChangeRecorder.Instance);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        KeepListOrder();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        KeepListOrder();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// A listing's venues and contacts keep the order of its lists as saved (the template form, an import
    /// file, an open data import), so the public see them as the provider gave them on either database.
    /// Only lists the save holds whole: a new listing's, or ones loaded with it.
    /// </summary>
    private void KeepListOrder()
    {
        foreach (var entry in ChangeTracker.Entries<Listing>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached) continue;
            var listing = entry.Entity;
            if (entry.State == EntityState.Added || entry.Collection(l => l.Locations).IsLoaded)
                for (var i = 0; i < listing.Locations.Count; i++) listing.Locations[i].Position = i;
            if (entry.State == EntityState.Added || entry.Collection(l => l.Contacts).IsLoaded)
                for (var i = 0; i < listing.Contacts.Count; i++) listing.Contacts[i].Position = i;
        }
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Provider>(e =>
        {
            e.ToTable("providers");
            e.Property(p => p.Name).HasMaxLength(200);
            e.HasIndex(p => p.Name);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(p => p.Members).WithMany(a => a.Providers).UsingEntity("provider_members");
        });

        model.Entity<Listing>(e =>
        {
            e.ToTable("listings");
            e.HasIndex(l => l.Slug).IsUnique();
            e.HasIndex(l => new { l.Status, l.Name });
            e.Property(l => l.Slug).HasMaxLength(120);
            e.Property(l => l.Name).HasMaxLength(200);
            e.Property(l => l.Summary).HasMaxLength(400);
            e.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.EhcPlan).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.Reach).HasConversion<string>().HasMaxLength(20);
            e.PrimitiveCollection(l => l.AccessRoutes).ElementType().HasConversion<string>();
            e.PrimitiveCollection(l => l.DeliveryModes).ElementType().HasConversion<string>();
            e.PrimitiveCollection(l => l.Languages);
            e.PrimitiveCollection(l => l.Keywords);
            e.OwnsMany(l => l.CostOptions, o => o.ToJson("CostOptions"));
            e.OwnsMany(l => l.LocalOfferAnswers, o => o.ToJson("LocalOfferAnswers"));
            e.HasOne(l => l.Provider).WithMany(p => p.Listings).HasForeignKey(l => l.ProviderId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(l => l.Locations).WithOne().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(l => l.Contacts).WithOne().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(l => l.OpeningTimes).WithOne().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(l => l.Categories).WithMany(c => c.Listings).UsingEntity("listing_categories");
            e.HasMany(l => l.Needs).WithMany(n => n.Listings).UsingEntity("listing_needs");
            e.Ignore(l => l.Ages);
            e.Ignore(l => l.PublicContacts);
        });

        model.Entity<Location>(e =>
        {
            e.ToTable("locations");
            e.Property(l => l.Postcode).HasMaxLength(10);
            e.PrimitiveCollection(l => l.Accessibility).ElementType().HasConversion<string>();
            e.Ignore(l => l.PublicAddress);
        });
        model.Entity<Contact>(e => e.ToTable("contacts"));
        model.Entity<OpeningTime>(e =>
        {
            e.ToTable("opening_times");
            e.Property(o => o.Day).HasConversion<string>().HasMaxLength(10);
        });

        model.Entity<Category>(e =>
        {
            e.ToTable("categories");
            e.HasIndex(c => c.Slug).IsUnique();
            e.Property(c => c.Slug).HasMaxLength(80);
            e.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Need>(e =>
        {
            e.ToTable("needs");
            e.HasKey(n => n.Code);
            e.Property(n => n.Code).HasMaxLength(60);
        });

        model.Entity<PostcodeRecord>(e =>
        {
            e.ToTable("postcodes");
            e.HasKey(p => p.Postcode);
            e.Property(p => p.Postcode).HasMaxLength(8);
            e.Property(p => p.District).HasMaxLength(4);
            e.Property(p => p.Sector).HasMaxLength(6);
        });
        model.Entity<PostcodeArea>(e =>
        {
            e.ToTable("postcode_areas");
            e.HasKey(a => a.Code);
            e.Property(a => a.Code).HasMaxLength(6);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        });
        model.Entity<Account>(e =>
        {
            e.ToTable("accounts");
            e.HasIndex(a => a.Email).IsUnique();
            e.Property(a => a.Email).HasMaxLength(200);
            e.Property(a => a.Name).HasMaxLength(120);
            e.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<Submission>(e =>
        {
            e.ToTable("submissions");
            e.HasIndex(x => new { x.State, x.SubmittedAt });
            e.HasIndex(x => x.ListingId);
            e.HasIndex(x => x.ProviderId);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.PrimitiveCollection(x => x.CompletedSections);
            e.Property(x => x.Form).HasConversion(
                f => JsonSerializer.Serialize(f, FormJson),
                text => JsonSerializer.Deserialize<ListingForm>(text, FormJson) ?? new ListingForm(),
                new ValueComparer<ListingForm>((a, b) => JsonSerializer.Serialize(a, FormJson) == JsonSerializer.Serialize(b, FormJson),
                    f => JsonSerializer.Serialize(f, FormJson).GetHashCode(), f => JsonSerializer.Deserialize<ListingForm>(JsonSerializer.Serialize(f, FormJson), FormJson)!));
            e.Ignore(x => x.IsOpen);
            e.Ignore(x => x.ServiceName);
            e.Ignore(x => x.IsEditable);
        });
        model.Entity<ListingEvent>(e =>
        {
            e.ToTable("listing_events");
            e.HasIndex(x => x.ListingId);
            e.HasIndex(x => x.ProviderId);
            e.Property(x => x.Action).HasMaxLength(60);
        });
        model.Entity<LocalOfferQuestion>(e =>
        {
            e.ToTable("local_offer_questions");
            e.HasIndex(q => q.Key).IsUnique();
        });
        model.Entity<ReviewReminder>(e =>
        {
            e.ToTable("review_reminders");
            e.HasIndex(r => new { r.ListingId, r.ReviewBy, r.Kind }).IsUnique();
            e.Property(r => r.Kind).HasMaxLength(20);
        });
        model.Entity<OutgoingEmail>(e =>
        {
            e.ToTable("outgoing_emails");
            e.HasIndex(x => x.SentAt);
            e.Property(x => x.ClaimedBy).HasMaxLength(80);
        });
        model.Entity<DataProtectionKey>(e => e.ToTable("data_protection_keys"));
        model.Entity<ListingChange>(e =>
        {
            e.ToTable("listing_changes");
            e.HasIndex(x => x.ChangedAt);
        });

        model.Entity<Comment>(e =>
        {
            e.ToTable("comments");
            e.HasIndex(c => new { c.State, c.ReceivedAt });
            e.HasIndex(c => c.ListingId);
            e.Property(c => c.Topic).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.GivenBy).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.WithheldBecause).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.ReplyEmail).HasMaxLength(200);
            e.HasMany(c => c.Themes).WithMany(t => t.Comments).UsingEntity("comment_themes");
        });
        model.Entity<CommentTheme>(e =>
        {
            e.ToTable("themes");
            e.HasIndex(t => t.Name).IsUnique();
            e.Property(t => t.Name).HasMaxLength(80);
        });
        model.Entity<CouncilResponse>(e =>
        {
            e.ToTable("council_responses");
            e.HasIndex(r => r.CommentId);
            e.HasIndex(r => r.ThemeId);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<CommentEvent>(e =>
        {
            e.ToTable("comment_events");
            e.HasIndex(x => x.CommentId);
            e.Property(x => x.Action).HasMaxLength(80);
        });
        model.Entity<YearSummary>(e =>
        {
            e.ToTable("year_summaries");
            e.HasKey(y => y.StartYear);
            e.Property(y => y.StartYear).ValueGeneratedNever();
        });
        model.Entity<PageUsefulness>(e =>
        {
            e.ToTable("page_usefulness");
            e.HasKey(p => new { p.Path, p.StartYear });
            e.Property(p => p.Path).HasMaxLength(300);
        });

        if (Database.IsNpgsql())
        {
            // PostgreSQL keeps times as timestamp with time zone, which sorts and compares as instants; it
            // accepts only UTC, so every time is turned to UTC on its way in (UK time is applied on display).
            foreach (var property in model.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                property.SetValueConverter(ToUtc);
        }
        else
        {
            // Times kept as numbers so SQLite can sort and compare them in queries (it cannot order
            // DateTimeOffset text). Listings keep their original text columns.
            foreach (var type in new[] { typeof(Provider), typeof(Account), typeof(Submission), typeof(ListingEvent), typeof(ReviewReminder), typeof(OutgoingEmail), typeof(ListingChange),
                         typeof(Comment), typeof(CouncilResponse), typeof(CommentEvent), typeof(YearSummary) })
            {
                foreach (var property in model.Entity(type).Metadata.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                    property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
            }
        }

        model.Entity<UnmetSearch>(e =>
        {
            e.ToTable("unmet_searches");
            e.HasIndex(u => u.SearchedOn);
            e.Property(u => u.Words).HasMaxLength(200);
            e.Property(u => u.Filters).HasMaxLength(500);
            e.Property(u => u.District).HasMaxLength(4);
        });
    }
}
