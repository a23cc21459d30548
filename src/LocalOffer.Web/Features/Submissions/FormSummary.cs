using LocalOffer.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>One answer of the template form, in words: what "check your answers" and an officer's comparison show.</summary>
public sealed record SummaryRow(TemplateSection Section, string Question, string Answer);

/// <summary>Reads a template form back as labelled answers, section by section.</summary>
public sealed class FormSummary(IReadOnlyDictionary<string, string> categoryNames, IReadOnlyDictionary<string, string> needNames, IReadOnlyDictionary<string, string> questionTexts)
{
    public const string NotGiven = "Not given";

    /// <summary>With today's category, need and question wording from the database.</summary>
    public static async Task<FormSummary> LoadAsync(Infrastructure.Database.LocalOfferDb db, CancellationToken ct) => new(
        await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Name, ct),
        await db.Needs.ToDictionaryAsync(n => n.Code, n => n.Name, ct),
        await db.LocalOfferQuestions.ToDictionaryAsync(q => q.Key, q => q.Text, ct));

    public IReadOnlyList<SummaryRow> Rows(ListingForm f) => TemplateSections.All.SelectMany(s => Rows(s, f)).ToList();

    public IEnumerable<SummaryRow> Rows(TemplateSection section, ListingForm f)
    {
        SummaryRow Row(string question, string? answer) => new(section, question, string.IsNullOrWhiteSpace(answer) ? NotGiven : answer.Trim());
        switch (section.Key)
        {
            case "about":
                yield return Row("Name", f.About.Name);
                yield return Row("Summary", f.About.Summary);
                yield return Row("Description", f.About.Description);
                yield return Row("Other words families might search for", f.About.Keywords);
                break;
            case "who":
                yield return Row("Ages", f.Who.MinimumAge is null && f.Who.MaximumAge is null ? "Any age" : new AgeRange(f.Who.MinimumAge, f.Who.MaximumAge).Describe());
                yield return Row("Needs", string.Join(", ", f.Who.Needs.Select(n => needNames.GetValueOrDefault(n, n))));
                yield return Row("Level of need", f.Who.Level is { } level ? ListingText.Describe(level) : null);
                yield return Row("EHC plan needed", f.Who.EhcPlan is { } plan ? ListingText.Describe(plan) : null);
                yield return Row("Who can use it", f.Who.Eligibility);
                break;
            case "access":
                yield return Row("Ways to get it", string.Join(", ", f.Access.Routes.Select(ListingText.Describe)));
                yield return Row("How to get it", f.Access.HowToAccess);
                break;
            case "cost":
                yield return Row("Free", f.Cost.IsFree switch { true => "Yes", false => "No", null => null });
                if (f.Cost.IsFree == false) yield return Row("What it costs", f.Cost.Fees);
                yield return Row("Can be paid for with a personal budget", f.Cost.PersonalBudget ? "Yes" : "No");
                break;
            case "where":
                yield return Row("How it is delivered", string.Join(", ", f.Where.Delivery.Select(ListingText.Describe)));
                yield return Row("Covers the whole area", f.Where.AreaWide ? "Yes" : "No");
                yield return Row("Area covered", f.Where.AreaCovered);
                yield return Row("Where families come from", ListingText.Describe(f.Where.Reach));
                var venues = f.Where.Venues.Where(v => !v.IsEmpty).ToList();
                for (var i = 0; i < venues.Count; i++)
                {
                    var v = venues[i];
                    var address = string.Join(", ", new[] { v.Name, v.Address, v.Town, v.Postcode }.Where(x => !string.IsNullOrWhiteSpace(x)));
                    yield return Row(venues.Count == 1 ? "Venue" : $"Venue {i + 1}", address + (v.ShowAreaOnly ? " (only the area is shown to the public)" : ""));
                }
                if (venues.Count == 0) yield return Row("Venue", null);
                var hours = f.Where.Opening.Where(o => !string.IsNullOrWhiteSpace(o.Opens)).Select(o => $"{ListingText.DayName(o.Day)} {o.Opens} to {o.Closes}");
                yield return Row("Opening times", string.Join("\n", hours));
                yield return Row("Notes about opening times", f.Where.OpeningNotes);
                break;
            case "contact":
                yield return Row("Contact name", f.Contact.ContactName);
                yield return Row("Job title", f.Contact.ContactRole);
                yield return Row("Phone", Hidden(f.Contact.Phone, f.Contact.HidePhone));
                yield return Row("Email", Hidden(f.Contact.Email, f.Contact.HideEmail));
                yield return Row("Website", f.Contact.Website);
                break;
            case "accessibility":
                yield return Row("Venue accessibility", string.Join(", ", f.Accessibility.Features.Select(ListingText.Describe)));
                yield return Row("Notes about access", f.Accessibility.Notes);
                break;
            case "languages":
                yield return Row("Languages", string.Join(", ", f.Languages.List()));
                break;
            case "local-offer":
                foreach (var a in f.LocalOffer.Answers)
                    yield return Row(questionTexts.GetValueOrDefault(a.Key, ListingText.Question(a.Key)), a.Answer);
                break;
            case "school":
                yield return Row("School or college", f.School.IsSchoolOrCollege ? "Yes" : "No");
                if (f.School.IsSchoolOrCollege)
                {
                    yield return Row("SEN information report", f.School.SenInformationReportUrl);
                    yield return Row("SENCO or SEN contact", f.School.SenContactName);
                }
                break;
            case "categories":
                yield return Row("Kind of service", string.Join(", ", f.Categories.Suggested.Select(c => categoryNames.GetValueOrDefault(c, c))));
                break;
        }
    }

    private static string? Hidden(string? value, bool hidden) =>
        string.IsNullOrWhiteSpace(value) ? null : hidden ? $"{value.Trim()} (hidden from the public)" : value.Trim();

    /// <summary>The rows whose answers differ between the live version and the submitted one, for an officer.</summary>
    public IReadOnlyList<(SummaryRow Live, SummaryRow Submitted)> Changes(ListingForm live, ListingForm submitted)
    {
        var before = Rows(live).ToDictionary(r => (r.Section.Key, r.Question));
        var changes = new List<(SummaryRow, SummaryRow)>();
        foreach (var row in Rows(submitted))
        {
            var old = before.GetValueOrDefault((row.Section.Key, row.Question)) ?? new SummaryRow(row.Section, row.Question, NotGiven);
            if (old.Answer != row.Answer) changes.Add((old, row));
            before.Remove((row.Section.Key, row.Question));
        }
        foreach (var gone in before.Values.Where(r => r.Answer != NotGiven))
            changes.Add((gone, gone with { Answer = NotGiven }));
        return changes;
    }
}
