using System.ComponentModel.DataAnnotations;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>What happens to a listing on its way to the public, and after: draft, submit, approve or return, withdraw, confirm.</summary>
public sealed class SubmissionWorkflow(LocalOfferDb db, SearchCatalogue search, Mailer mail, TimeProvider clock, IOptions<LocalOfferOptions> options)
{
    private DateTimeOffset Now => clock.GetUtcNow();
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    private string Link(string path) => options.Value.PublicUrl.TrimEnd('/') + path;

    /// <summary>The submission if this person may see it: a member of its organisation, or an officer.</summary>
    public async Task<Submission?> FindAsync(Guid id, Guid accountId, bool isOfficer, CancellationToken ct)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null) return null;
        return isOfficer || await IsMemberAsync(accountId, submission.ProviderId, ct) ? submission : null;
    }

    public Task<bool> IsMemberAsync(Guid accountId, Guid providerId, CancellationToken ct) =>
        db.Accounts.AnyAsync(a => a.Id == accountId && a.Providers.Any(p => p.Id == providerId), ct);

    public async Task<List<LocalOfferQuestion>> QuestionsAsync(CancellationToken ct) =>
        await db.LocalOfferQuestions.Where(q => q.IsActive).OrderBy(q => q.SortOrder).ToListAsync(ct);

    public async Task<Submission> StartNewAsync(Guid providerId, Account by, CancellationToken ct)
    {
        var questions = await QuestionsAsync(ct);
        var submission = new Submission
        {
            Id = Guid.NewGuid(), ListingId = Guid.NewGuid(), ProviderId = providerId, Kind = SubmissionKind.NewListing,
            CreatedBy = by.Id, CreatedAt = Now, UpdatedAt = Now,
            Form = new ListingForm { LocalOffer = new() { Answers = questions.Select(q => new LocalOfferAnswerForm { Key = q.Key }).ToList() } },
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return submission;
    }

    /// <summary>Starts (or carries on with) a change to a live listing; the live version stays as it is until approved.</summary>
    public async Task<Submission> StartChangeAsync(Listing listing, Account by, CancellationToken ct)
    {
        var open = await db.Submissions.FirstOrDefaultAsync(s => s.ListingId == listing.Id && s.Kind == SubmissionKind.Change
            && (s.State == SubmissionState.Draft || s.State == SubmissionState.Submitted || s.State == SubmissionState.Returned), ct);
        if (open is not null) return open;
        var submission = new Submission
        {
            Id = Guid.NewGuid(), ListingId = listing.Id, ProviderId = listing.ProviderId, Kind = SubmissionKind.Change,
            CreatedBy = by.Id, CreatedAt = Now, UpdatedAt = Now,
            Form = ListingFormMapping.FromListing(listing, await QuestionsAsync(ct)),
            CompletedSections = TemplateSections.All.Select(s => s.Key).ToList(),
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return submission;
    }

    /// <summary>Loads a live listing with everything the template form shows.</summary>
    public Task<Listing?> LoadListingAsync(Guid id, CancellationToken ct) =>
        db.Listings.IncludeVenues().Include(l => l.OpeningTimes).IncludeContacts()
            .Include(l => l.Categories).Include(l => l.Needs).Include(l => l.Provider)
            .AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, ct);

    /// <summary>Saves a section's answers; <paramref name="complete"/> says they passed the section's checks.</summary>
    public async Task SaveSectionAsync(Submission submission, TemplateSection section, object value, bool complete, Guid by, CancellationToken ct)
    {
        if (submission.State == SubmissionState.Submitted && await db.Accounts.FirstOrDefaultAsync(a => a.Id == by && a.Role != Role.Provider, ct) is { } officer)
            Record(submission, officer, $"Edited \"{section.Title}\" before deciding", null);
        // The form's value comparer (LocalOfferDb) keeps a deep copy, so changing it in place is saved.
        section.Set(submission.Form, value);
        var others = submission.CompletedSections.Where(k => k != section.Key);
        submission.CompletedSections = complete ? [.. others, section.Key] : [.. others];
        submission.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Every rule of every section, as the check-answers page lists them: section, field and message. The
    /// messages are in English unless given a request's services, whose localizer gives the visitor's language.
    /// </summary>
    public static List<(TemplateSection Section, string Field, string Message)> Problems(ListingForm form, IServiceProvider? services = null)
    {
        var problems = new List<(TemplateSection, string, string)>();
        foreach (var section in TemplateSections.All)
        {
            foreach (var (field, message) in Validate(section.Get(form), services: services))
                problems.Add((section, field, message));
        }
        return problems;
    }

    /// <summary>Data-annotation rules of an object and the objects and lists inside it.</summary>
    public static IEnumerable<(string Field, string Message)> Validate(object value, string prefix = "", IServiceProvider? services = null)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value, services, null), results, validateAllProperties: true);
        // The rules of IValidatableObject find the localizer in the services themselves; an attribute's message is
        // its English text, looked up here (a message already translated is no key, so it comes back as it is).
        var text = services?.GetService(typeof(IStringLocalizer<SubmissionsStrings>)) as IStringLocalizer;
        foreach (var r in results)
            foreach (var member in r.MemberNames.DefaultIfEmpty(""))
                yield return (prefix + member, r.ErrorMessage is null ? "" : text is null ? r.ErrorMessage : text[r.ErrorMessage]);
        foreach (var p in value.GetType().GetProperties())
        {
            if (p.GetIndexParameters().Length > 0) continue;
            if (p.GetValue(value) is System.Collections.IList list && p.PropertyType.IsGenericType && p.PropertyType.GetGenericArguments()[0] is { IsClass: true } t && t != typeof(string))
            {
                for (var i = 0; i < list.Count; i++)
                    foreach (var inner in Validate(list[i]!, $"{prefix}{p.Name}[{i}].", services))
                        yield return inner;
            }
        }
    }

    public async Task SubmitAsync(Submission submission, Account by, CancellationToken ct)
    {
        submission.State = SubmissionState.Submitted;
        submission.SubmittedAt = Now;
        submission.UpdatedAt = Now;
        Record(submission, by, submission.Kind == SubmissionKind.Withdrawal ? "Asked for the listing to be withdrawn" : "Submitted for approval", submission.Reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task DiscardAsync(Submission submission, Account by, CancellationToken ct)
    {
        submission.State = SubmissionState.Cancelled;
        submission.UpdatedAt = Now;
        Record(submission, by, submission.Kind == SubmissionKind.Change ? "Discarded unsubmitted changes" : "Deleted the draft", null);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Submission> RequestWithdrawalAsync(Listing listing, Account by, string reason, CancellationToken ct)
    {
        var submission = new Submission
        {
            Id = Guid.NewGuid(), ListingId = listing.Id, ProviderId = listing.ProviderId, Kind = SubmissionKind.Withdrawal,
            CreatedBy = by.Id, CreatedAt = Now, UpdatedAt = Now, Reason = reason.Trim(),
            Form = new ListingForm { About = new() { Name = listing.Name } },
        };
        db.Submissions.Add(submission);
        await SubmitAsync(submission, by, ct);
        return submission;
    }

    /// <summary>
    /// Publishes the submission: a new listing goes live, a change replaces the live version, a
    /// withdrawal archives it. The search index follows at once. Returns a problem to show, or null.
    /// </summary>
    public async Task<string?> ApproveAsync(Submission submission, Account officer, IReadOnlyCollection<string>? categorySlugs, CancellationToken ct)
    {
        if (submission.State != SubmissionState.Submitted) return "Only a submitted listing can be approved.";
        var provider = await db.Providers.FirstAsync(p => p.Id == submission.ProviderId, ct);
        if (provider.Status != OrganisationStatus.Approved) return $"Approve the organisation {provider.Name} first.";
        Listing? listing = null;
        if (submission.Kind == SubmissionKind.Withdrawal)
        {
            listing = await db.Listings.FirstAsync(l => l.Id == submission.ListingId, ct);
            listing.Status = ListingStatus.Archived;
            listing.UpdatedAt = Now;
        }
        else
        {
            if (Problems(submission.Form).Count > 0) return "The submission still has answers to fix. Edit it, or return it to the provider.";
            var slugs = (categorySlugs is { Count: > 0 } ? categorySlugs : submission.Form.Categories.Suggested).ToList();
            var categories = await db.Categories.Where(c => slugs.Contains(c.Slug)).ToListAsync(ct);
            if (categories.Count == 0) return "Choose at least one category.";
            var needs = await db.Needs.Where(n => submission.Form.Who.Needs.Contains(n.Code)).ToListAsync(ct);
            // A new listing may already have an unpublished record of its own (one imported for review).
            listing = await LoadListingAsync(submission.ListingId, ct);
            if (listing is null)
            {
                listing = new Listing
                {
                    Id = submission.ListingId, ProviderId = submission.ProviderId, CreatedAt = Now,
                    Slug = await UniqueSlugAsync(ListingFormMapping.SlugFor(submission.Form.About.Name ?? "service"), ct),
                    Name = "", Summary = "", Description = "",
                };
                db.Listings.Add(listing);
            }
            ListingFormMapping.ApplyTo(listing, submission.Form, categories, needs);
            listing.Status = ListingStatus.Published;
            listing.UpdatedAt = Now;
            listing.LastChecked = Today;
            listing.ReviewBy = Today.AddMonths(options.Value.ReviewPeriodMonths);
        }
        submission.State = SubmissionState.Approved;
        submission.DecidedAt = Now;
        submission.Reason = null;
        var what = submission.Kind switch { SubmissionKind.NewListing => "Approved and published", SubmissionKind.Change => "Approved the changes", _ => "Withdrew the listing" };
        Record(submission, officer, what, null);
        await EmailCreatorAsync(submission,
            submission.Kind == SubmissionKind.Withdrawal ? $"{listing.Name} has been withdrawn" : $"{listing.Name} is live on the Local Offer",
            submission.Kind == SubmissionKind.Withdrawal
                ? $"We have withdrawn {listing.Name} from the Local Offer, as you asked. Families can no longer find it."
                : $"We have approved {listing.Name}. Families can now find it at:\n{Link("/services/" + listing.Slug)}", ct);
        await db.SaveChangesAsync(ct);
        await search.ListingsChangedAsync([listing.Id], ct);
        return null;
    }

    public async Task ReturnAsync(Submission submission, Account officer, string reason, CancellationToken ct)
    {
        if (submission.State != SubmissionState.Submitted) throw new InvalidOperationException("Only a submitted listing can be returned.");
        submission.State = SubmissionState.Returned;
        submission.Reason = reason.Trim();
        submission.DecidedAt = Now;
        submission.UpdatedAt = Now;
        Record(submission, officer, "Returned to the provider", submission.Reason);
        await EmailCreatorAsync(submission, $"{submission.Form.About.Name ?? "Your listing"} needs some changes",
            $"We have looked at {submission.Form.About.Name ?? "your listing"} and need you to change something before it can go live:\n\n{submission.Reason}\n\nMake the changes here:\n{Link($"/provider/drafts/{submission.Id}")}", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The provider (or an officer) says the live listing is still right: it is checked again today.</summary>
    public async Task ConfirmStillAccurateAsync(Listing listing, Account? by, CancellationToken ct)
    {
        listing.LastChecked = Today;
        listing.ReviewBy = Today.AddMonths(options.Value.ReviewPeriodMonths);
        listing.UpdatedAt = Now;
        db.ListingEvents.Add(new ListingEvent { ListingId = listing.Id, ProviderId = listing.ProviderId, AccountId = by?.Id, AccountName = by?.Name ?? "Provider, by the link in a reminder email", At = Now, Action = "Confirmed still accurate" });
        await db.SaveChangesAsync(ct);
        await search.ListingsChangedAsync([listing.Id], ct);
    }

    public async Task ApproveOrganisationAsync(Provider provider, Account officer, CancellationToken ct)
    {
        // Approving twice (a second click, or a stale page) must not record it again or email the members again.
        if (provider.Status == OrganisationStatus.Approved) return;
        provider.Status = OrganisationStatus.Approved;
        db.ListingEvents.Add(new ListingEvent { ProviderId = provider.Id, AccountId = officer.Id, AccountName = officer.Name, At = Now, Action = "Approved the organisation" });
        foreach (var member in await db.Accounts.Where(a => a.Providers.Any(p => p.Id == provider.Id)).ToListAsync(ct))
            mail.Queue(member.Email, $"{provider.Name} is approved on the Local Offer",
                $"We have approved {provider.Name}. Listings you submit can now be published once we have checked them.\n\nSign in: {Link("/account/sign-in")}",
                "You are getting this email because you registered your organisation on the Local Offer.");
        await db.SaveChangesAsync(ct);
    }

    public void Record(Submission submission, Account by, string action, string? reason) =>
        db.ListingEvents.Add(new ListingEvent
        {
            ListingId = submission.ListingId, ProviderId = submission.ProviderId, SubmissionId = submission.Id,
            AccountId = by.Id, AccountName = by.Name, At = Now, Action = action, Reason = reason,
        });

    private async Task EmailCreatorAsync(Submission submission, string subject, string body, CancellationToken ct)
    {
        var to = await db.Accounts.Where(a => a.Id == submission.CreatedBy && a.Role == Role.Provider).Select(a => a.Email).FirstOrDefaultAsync(ct);
        if (to is not null) mail.Queue(to, subject, body, "You are getting this email because you look after this listing on the Local Offer.");
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; await db.Listings.AnyAsync(l => l.Slug == candidate, ct); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}

public static class SubmissionsSetup
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services) => services.AddScoped<SubmissionWorkflow>().AddScoped<Providers.ProviderDashboard>();
}
