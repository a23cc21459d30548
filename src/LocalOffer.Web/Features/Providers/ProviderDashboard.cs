using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Providers;

/// <summary>Where a provider's listing stands, in the words the dashboard uses.</summary>
public enum ListingState { Draft, Submitted, Live, ChangesPending, Returned, WithdrawalRequested, Archived }

/// <summary>One line of a provider's dashboard: a live listing, or a new one on its way.</summary>
public sealed record ProviderListing(string Name, ListingState State, Guid ListingId, string? Slug, Guid? OpenSubmissionId, string? ReturnedReason, DateOnly? LastChecked, DateOnly? ReviewBy)
{
    public static string Describe(ListingState state, IStringLocalizer<ProvidersStrings> text) => state switch
    {
        ListingState.Draft => text["Draft"],
        ListingState.Submitted => text["Submitted"],
        ListingState.Live => text["Live"],
        ListingState.ChangesPending => text["Changes pending"],
        ListingState.Returned => text["Returned"],
        ListingState.WithdrawalRequested => text["Withdrawal requested"],
        _ => text["Archived"],
    };
}

public sealed record ProviderOrganisation(Provider Provider, IReadOnlyList<ProviderListing> Listings);

public sealed class ProviderDashboard(LocalOfferDb db, IStringLocalizer<ProvidersStrings> text)
{
    public async Task<List<ProviderOrganisation>> ForAsync(Guid accountId, CancellationToken ct)
    {
        var providers = await db.Providers.AsNoTracking().Where(p => p.Members.Any(m => m.Id == accountId)).OrderBy(p => p.Name).ToListAsync(ct);
        var ids = providers.Select(p => p.Id).ToList();
        var listings = await db.Listings.AsNoTracking().Where(l => ids.Contains(l.ProviderId))
            .Select(l => new { l.Id, l.ProviderId, l.Name, l.Slug, l.Status, l.LastChecked, l.ReviewBy }).ToListAsync(ct);
        var open = await db.Submissions.AsNoTracking()
            .Where(s => ids.Contains(s.ProviderId) && (s.State == SubmissionState.Draft || s.State == SubmissionState.Submitted || s.State == SubmissionState.Returned))
            .ToListAsync(ct);
        var result = new List<ProviderOrganisation>();
        foreach (var provider in providers)
        {
            var rows = new List<ProviderListing>();
            foreach (var l in listings.Where(l => l.ProviderId == provider.Id))
            {
                var pending = open.Where(s => s.ListingId == l.Id).OrderByDescending(s => s.UpdatedAt).FirstOrDefault();
                var state = l.Status == ListingStatus.Archived ? ListingState.Archived
                    : pending is { Kind: SubmissionKind.Withdrawal } ? ListingState.WithdrawalRequested
                    : pending is { State: SubmissionState.Returned } ? ListingState.Returned
                    : pending is not null ? ListingState.ChangesPending
                    : l.Status == ListingStatus.Published ? ListingState.Live : ListingState.Draft;
                rows.Add(new(l.Name, state, l.Id, l.Status == ListingStatus.Published ? l.Slug : null, pending?.Id, pending?.State == SubmissionState.Returned ? pending.Reason : null, l.LastChecked, l.ReviewBy));
            }
            foreach (var s in open.Where(s => s.ProviderId == provider.Id && s.Kind == SubmissionKind.NewListing && listings.All(l => l.Id != s.ListingId)))
            {
                var state = s.State switch { SubmissionState.Submitted => ListingState.Submitted, SubmissionState.Returned => ListingState.Returned, _ => ListingState.Draft };
                rows.Add(new(string.IsNullOrWhiteSpace(s.Form.About.Name) ? text["Service with no name yet"] : s.ServiceName, state, s.ListingId, null, s.Id, s.State == SubmissionState.Returned ? s.Reason : null, null, null));
            }
            result.Add(new(provider, rows.OrderBy(r => r.State == ListingState.Archived).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList()));
        }
        return result;
    }
}
