using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>One section of the template form: shows it, checks it, saves it.</summary>
public sealed class SectionModel(SubmissionWorkflow workflow, LocalOfferDb db, IPostcodeLookup postcodes, IStringLocalizer<SubmissionsStrings> text) : SubmissionPageModel(workflow, text)
{
    public TemplateSection Section { get; private set; } = null!;
    public object Answers { get; private set; } = null!;
    public TemplateChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string section, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || TemplateSections.Find(section) is not { } found) return NotFound();
        if (!CanEdit) return Redirect(TaskListPath);
        Section = found;
        Answers = Section.Get(Submission.Form);
        Pad(Answers);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string section, string? then, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || TemplateSections.Find(section) is not { } found) return NotFound();
        if (!CanEdit) return Redirect(TaskListPath);
        Section = found;
        var answers = Activator.CreateInstance(Section.Type)!;
        await TryUpdateModelAsync(answers, Section.Type, "Answers");
        Tidy(answers);
        if (answers is WhereSection where) await LocateVenuesAsync(where, ct);
        if (then == "later")
        {
            // Coming back later keeps what was typed, checked or not; the task list shows the section as not finished.
            await Workflow.SaveSectionAsync(Submission, Section, answers, complete: ModelState.IsValid, User.AccountId()!.Value, ct);
            return Redirect(TaskListPath);
        }
        if (!ModelState.IsValid)
        {
            Answers = answers;
            Pad(Answers);
            await LoadChoicesAsync(ct);
            return Page();
        }
        await Workflow.SaveSectionAsync(Submission, Section, answers, complete: true, User.AccountId()!.Value, ct);
        var next = TemplateSections.All.SkipWhile(s => s != Section).Skip(1).FirstOrDefault(s => !Submission.CompletedSections.Contains(s.Key));
        return Redirect(next is null ? TaskListPath + "/check" : $"{TaskListPath}/{next.Key}");
    }

    /// <summary>Every venue's postcode must be in the postcode table; its position comes from there.</summary>
    private async Task LocateVenuesAsync(WhereSection where, CancellationToken ct)
    {
        for (var i = 0; i < where.Venues.Count; i++)
        {
            var venue = where.Venues[i];
            var key = $"Answers.Venues[{i}].Postcode";
            if (venue.IsEmpty || ModelState.GetFieldValidationState(key) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid) continue;
            if (!UkPostcode.TryParse(venue.Postcode, out var postcode)) continue;
            var found = await postcodes.FindAsync(postcode, ct);
            if (found is null || found.Match != PostcodeMatch.Exact)
            {
                ModelState.AddModelError(key, Text["We cannot find the postcode {0}. Check it and try again", postcode.Display]);
                continue;
            }
            venue.Postcode = postcode.Display;
            venue.Latitude = found.Latitude;
            venue.Longitude = found.Longitude;
        }
    }

    /// <summary>Blank venue slots and closed days are not kept.</summary>
    private static void Tidy(object answers)
    {
        if (answers is WhereSection where)
        {
            where.Venues = where.Venues.Where(v => !v.IsEmpty).ToList();
            where.Opening = where.Opening.Where(o => !string.IsNullOrWhiteSpace(o.Opens) || !string.IsNullOrWhiteSpace(o.Closes)).ToList();
        }
    }

    /// <summary>Empty slots to type into: three venues, and a row for every day of the week.</summary>
    private static void Pad(object answers)
    {
        if (answers is not WhereSection where) return;
        while (where.Venues.Count < WhereSection.VenueSlots) where.Venues.Add(new VenueForm());
        var days = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        where.Opening = days.Select(d => where.Opening.FirstOrDefault(o => o.Day == d) ?? new OpeningForm { Day = d }).ToList();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
        var tree = new CategoryTree(categories);
        var questions = await db.LocalOfferQuestions.AsNoTracking().ToListAsync(ct);
        Choices = new TemplateChoices
        {
            Needs = await db.Needs.AsNoTracking().OrderBy(n => n.SortOrder).ToListAsync(ct),
            TopCategories = tree.TopLevel,
            Questions = questions.ToDictionary(q => q.Key),
        };
        // New questions officers added since the draft started are asked too.
        if (Answers is LocalOfferSection offer)
        {
            foreach (var q in questions.Where(q => q.IsActive).OrderBy(q => q.SortOrder))
                if (offer.Answers.All(a => a.Key != q.Key)) offer.Answers.Add(new LocalOfferAnswerForm { Key = q.Key });
        }
    }
}
