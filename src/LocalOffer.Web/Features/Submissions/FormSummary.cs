using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Languages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>One answer of the template form, in words: what "check your answers" and an officer's comparison show.</summary>
public sealed record SummaryRow(TemplateSection Section, string Question, string Answer);

/// <summary>
/// Reads a template form back as labelled answers, section by section: in English, or in the visitor's
/// language when given the feature's localizer. The category, need and question wording is as officers keep it.
/// </summary>
public sealed class FormSummary(IReadOnlyDictionary<string, string> categoryNames, IReadOnlyDictionary<string, string> needNames, IReadOnlyDictionary<string, string> questionTexts,
    IStringLocalizer<SubmissionsStrings>? localizer = null)
{
    public const string NotGiven = "Not given";

    private readonly IStringLocalizer text = localizer is null ? EnglishText.Instance : localizer;
    private string NotGivenText => text[NotGiven];

    /// <summary>With today's category, need and question wording from the database.</summary>
    public static async Task<FormSummary> LoadAsync(Infrastructure.Database.LocalOfferDb db, CancellationToken ct, IStringLocalizer<SubmissionsStrings>? text = null) => new(
        await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Name, ct),
        await db.Needs.ToDictionaryAsync(n => n.Code, n => n.Name, ct),
        await db.LocalOfferQuestions.ToDictionaryAsync(q => q.Key, q => q.Text, ct),
        text);

    public IReadOnlyList<SummaryRow> Rows(ListingForm f) => TemplateSections.All.SelectMany(s => Rows(s, f)).ToList();

    public IEnumerable<SummaryRow> Rows(TemplateSection section, ListingForm f)
    {
        SummaryRow Row(string question, string? answer) => new(section, question, string.IsNullOrWhiteSpace(answer) ? NotGivenText : answer.Trim());
        switch (section.Key)
        {
            case "about":
                yield return Row(text["Name"], f.About.Name);
                yield return Row(text["Summary"], f.About.Summary);
                yield return Row(text["Description"], f.About.Description);
                yield return Row(text["Other words families might search for"], f.About.Keywords);
                break;
            case "who":
                yield return Row(text["Ages"], f.Who.MinimumAge is null && f.Who.MaximumAge is null ? text["Any age"] : Ages(f.Who.MinimumAge, f.Who.MaximumAge));
                yield return Row(text["Needs"], string.Join(", ", f.Who.Needs.Select(n => needNames.GetValueOrDefault(n, n))));
                yield return Row(text["Level of need"], f.Who.Level is { } level ? text[ListingText.Describe(level)].Value : null);
                yield return Row(text["EHC plan needed"], f.Who.EhcPlan is { } plan ? text[ListingText.Describe(plan)].Value : null);
                yield return Row(text["Who can use it"], f.Who.Eligibility);
                break;
            case "access":
                yield return Row(text["Ways to get it"], string.Join(", ", f.Access.Routes.Select(r => text[ListingText.Describe(r)].Value)));
                yield return Row(text["How to get it"], f.Access.HowToAccess);
                break;
            case "cost":
                yield return Row(text["Free"], f.Cost.IsFree switch { true => text["Yes"].Value, false => text["No"].Value, null => null });
                if (f.Cost.IsFree == false) yield return Row(text["What it costs"], f.Cost.Fees);
                yield return Row(text["Can be paid for with a personal budget"], f.Cost.PersonalBudget ? text["Yes"] : text["No"]);
                break;
            case "where":
                yield return Row(text["How it is delivered"], string.Join(", ", f.Where.Delivery.Select(d => text[ListingText.Describe(d)].Value)));
                yield return Row(text["Covers the whole area"], f.Where.AreaWide ? text["Yes"] : text["No"]);
                yield return Row(text["Area covered"], f.Where.AreaCovered);
                yield return Row(text["Where families come from"], text[ListingText.Describe(f.Where.Reach)]);
                var venues = f.Where.Venues.Where(v => !v.IsEmpty).ToList();
                for (var i = 0; i < venues.Count; i++)
                {
                    var v = venues[i];
                    var address = string.Join(", ", new[] { v.Name, v.Address, v.Town, v.Postcode }.Where(x => !string.IsNullOrWhiteSpace(x)));
                    yield return Row(venues.Count == 1 ? text["Venue"] : text["Venue {0}", i + 1], v.ShowAreaOnly ? text["{0} (only the area is shown to the public)", address] : address);
                }
                if (venues.Count == 0) yield return Row(text["Venue"], null);
                var hours = f.Where.Opening.Where(o => !string.IsNullOrWhiteSpace(o.Opens)).Select(o => text["{0} {1} to {2}", FormText.Day(o.Day, text), o.Opens ?? "", o.Closes ?? ""].Value);
                yield return Row(text["Opening times"], string.Join("\n", hours));
                yield return Row(text["Notes about opening times"], f.Where.OpeningNotes);
                break;
            case "contact":
                yield return Row(text["Contact name"], f.Contact.ContactName);
                yield return Row(text["Job title"], f.Contact.ContactRole);
                yield return Row(text["Phone"], Hidden(f.Contact.Phone, f.Contact.HidePhone));
                yield return Row(text["Email"], Hidden(f.Contact.Email, f.Contact.HideEmail));
                yield return Row(text["Website"], f.Contact.Website);
                break;
            case "accessibility":
                yield return Row(text["Venue accessibility"], string.Join(", ", f.Accessibility.Features.Select(x => text[ListingText.Describe(x)].Value)));
                yield return Row(text["Notes about access"], f.Accessibility.Notes);
                break;
            case "languages":
                yield return Row(text["Languages"], string.Join(", ", f.Languages.List().Select(l => l == "English" ? text["English"] : l == "British Sign Language" ? text["British Sign Language"] : l)));
                break;
            case "local-offer":
                foreach (var a in f.LocalOffer.Answers)
                    yield return Row(questionTexts.GetValueOrDefault(a.Key, ListingText.Question(a.Key)), a.Answer);
                break;
            case "school":
                yield return Row(text["School or college"], f.School.IsSchoolOrCollege ? text["Yes"] : text["No"]);
                if (f.School.IsSchoolOrCollege)
                {
                    yield return Row(text["SEN information report"], f.School.SenInformationReportUrl);
                    yield return Row(text["SENCO or SEN contact"], f.School.SenContactName);
                }
                break;
            case "categories":
                yield return Row(text["Kind of service"], string.Join(", ", f.Categories.Suggested.Select(c => categoryNames.GetValueOrDefault(c, c))));
                break;
        }
    }

    private string? Hidden(string? value, bool hidden) =>
        string.IsNullOrWhiteSpace(value) ? null : hidden ? text["{0} (hidden from the public)", value.Trim()] : value.Trim();

    /// <summary>The ages as a family reads them ("3 to 11 years"), as <see cref="AgeRange.Describe"/> words them.</summary>
    private string Ages(int? min, int? max) => (min, max) switch
    {
        (null, null) => text["All ages"],
        (null, int high) => text["Up to {0}", Years(high)],
        (int low, null) => text["From {0}", Years(low)],
        (int low, int high) when low == high => Years(low),
        (int low, int high) => text["{0} to {1}", low, Years(high)],
    };

    private string Years(int n) => n == 1 ? text["1 year"] : text["{0} years", n];

    /// <summary>The rows whose answers differ between the live version and the submitted one, for an officer.</summary>
    public IReadOnlyList<(SummaryRow Live, SummaryRow Submitted)> Changes(ListingForm live, ListingForm submitted)
    {
        var before = Rows(live).ToDictionary(r => (r.Section.Key, r.Question));
        var changes = new List<(SummaryRow, SummaryRow)>();
        foreach (var row in Rows(submitted))
        {
            var old = before.GetValueOrDefault((row.Section.Key, row.Question)) ?? new SummaryRow(row.Section, row.Question, NotGivenText);
            if (old.Answer != row.Answer) changes.Add((old, row));
            before.Remove((row.Section.Key, row.Question));
        }
        foreach (var gone in before.Values.Where(r => r.Answer != NotGivenText))
            changes.Add((gone, gone with { Answer = NotGivenText }));
        return changes;
    }
}
