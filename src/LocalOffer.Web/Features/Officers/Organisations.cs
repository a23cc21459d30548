using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Officers;

public sealed record Member(string Name, string Email);

public sealed record PendingOrganisation(Guid Id, string Name, string? Description, string? Website, string? Email, string? Phone, DateTimeOffset RegisteredAt, IReadOnlyList<Member> Members, int Waiting);

public sealed record ApprovedOrganisation(Guid Id, string Name, int Published);

/// <summary>Organisations for officers: those waiting for approval, the approved ones, and registering one on a provider's behalf.</summary>
public sealed class Organisations(LocalOfferDb db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<PendingOrganisation>> PendingAsync(CancellationToken ct)
    {
        var rows = await db.Providers.AsNoTracking().Where(p => p.Status == OrganisationStatus.Pending)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Id, p.Name, p.Description, p.Website, p.Email, p.Phone, p.CreatedAt,
                Members = p.Members.OrderBy(m => m.Name).Select(m => new Member(m.Name, m.Email)).ToList(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var waiting = await db.Submissions.Where(s => ids.Contains(s.ProviderId) && s.State == SubmissionState.Submitted)
            .GroupBy(s => s.ProviderId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.Select(r => new PendingOrganisation(r.Id, r.Name, r.Description, r.Website, r.Email, r.Phone, r.CreatedAt, r.Members, waiting.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>One page of approved organisations in name order, and how many there are.</summary>
    public async Task<(IReadOnlyList<ApprovedOrganisation> Page, int Total)> ApprovedAsync(int page, CancellationToken ct)
    {
        var approved = db.Providers.AsNoTracking().Where(p => p.Status == OrganisationStatus.Approved);
        var total = await approved.CountAsync(ct);
        var rows = await approved.OrderBy(p => p.Name).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(p => new ApprovedOrganisation(p.Id, p.Name, p.Listings.Count(l => l.Status == ListingStatus.Published)))
            .ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Approved organisations whose name contains the words, for an officer starting a listing.</summary>
    public async Task<IReadOnlyList<ApprovedOrganisation>> FindApprovedAsync(string? words, int max, CancellationToken ct)
    {
        var approved = db.Providers.AsNoTracking().Where(p => p.Status == OrganisationStatus.Approved);
        if (!string.IsNullOrWhiteSpace(words))
        {
            var pattern = "%" + words.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            // Case-insensitive on both engines: SQLite's LIKE ignores case, PostgreSQL's needs ILIKE.
            approved = DatabaseSetup.IsPostgreSql(db)
                ? approved.Where(p => EF.Functions.ILike(p.Name, pattern, "\\"))
                : approved.Where(p => EF.Functions.Like(p.Name, pattern, "\\"));
        }
        return await approved.OrderBy(p => p.Name).Take(max)
            .Select(p => new ApprovedOrganisation(p.Id, p.Name, p.Listings.Count(l => l.Status == ListingStatus.Published)))
            .ToListAsync(ct);
    }

    public Task<Provider?> FindAsync(Guid id, CancellationToken ct) => db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<bool> NameTakenAsync(string name, CancellationToken ct)
    {
        var lower = name.Trim().ToLower();
        return db.Providers.AnyAsync(p => p.Name.ToLower() == lower, ct);
    }

    /// <summary>An officer registers an organisation for a provider; an officer vouches for it, so it is approved at once.</summary>
    public async Task<Provider> RegisterAsync(string name, Account officer, CancellationToken ct)
    {
        var provider = new Provider { Id = Guid.NewGuid(), Name = name.Trim(), Status = OrganisationStatus.Approved, CreatedAt = clock.GetUtcNow() };
        db.Providers.Add(provider);
        db.ListingEvents.Add(new ListingEvent { ProviderId = provider.Id, AccountId = officer.Id, AccountName = officer.Name, At = clock.GetUtcNow(), Action = "Registered the organisation" });
        await db.SaveChangesAsync(ct);
        return provider;
    }
}
