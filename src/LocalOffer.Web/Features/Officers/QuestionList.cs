using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>
/// The SEND Local Offer questions every provider is asked. Officers reword, reorder, retire and add
/// them. A question's key never changes, because listings' answers are filed under it; a retired
/// question keeps its key, so answers already given still read back with their question.
/// </summary>
public sealed class QuestionList(LocalOfferDb db, IStringLocalizer<OfficersStrings> text)
{
    public const int MaxText = 300, MaxHint = 500;

    /// <summary>Questions in use, in the order providers see them, then retired ones.</summary>
    public async Task<(IReadOnlyList<LocalOfferQuestion> Active, IReadOnlyList<LocalOfferQuestion> Retired)> AllAsync(CancellationToken ct)
    {
        var all = await db.LocalOfferQuestions.AsNoTracking().OrderBy(q => q.SortOrder).ThenBy(q => q.Id).ToListAsync(ct);
        return (all.Where(q => q.IsActive).ToList(), all.Where(q => !q.IsActive).ToList());
    }

    public Task<LocalOfferQuestion?> FindAsync(int id, CancellationToken ct) => db.LocalOfferQuestions.FirstOrDefaultAsync(q => q.Id == id, ct);

    /// <summary>What is wrong with the wording, by field, in the officer's language; empty when it will do.</summary>
    public async Task<List<(string Field, string Message)>> ProblemsAsync(string? wording, string? hint, int? id, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(wording)) problems.Add(("Text", text["Enter the question"]));
        else if (wording.Trim().Length > MaxText) problems.Add(("Text", text["The question must be {0} characters or fewer", MaxText]));
        else
        {
            var lower = wording.Trim().ToLower();
            if (await db.LocalOfferQuestions.AnyAsync(q => q.IsActive && q.Id != id && q.Text.ToLower() == lower, ct))
                problems.Add(("Text", text["There is already a question with these words"]));
        }
        if (hint is not null && hint.Trim().Length > MaxHint) problems.Add(("Hint", text["The hint must be {0} characters or fewer", MaxHint]));
        return problems;
    }

    public async Task<LocalOfferQuestion> AddAsync(string text, string? hint, CancellationToken ct)
    {
        var question = new LocalOfferQuestion
        {
            Key = await UniqueKeyAsync(KeyFor(text), ct), Text = text.Trim(), Hint = Blank(hint),
            SortOrder = (await db.LocalOfferQuestions.MaxAsync(q => (int?)q.SortOrder, ct) ?? -1) + 1,
        };
        db.LocalOfferQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return question;
    }

    public async Task UpdateAsync(LocalOfferQuestion question, string text, string? hint, CancellationToken ct)
    {
        question.Text = text.Trim();
        question.Hint = Blank(hint);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Swaps the question with the one in use above (up) or below it. False if it cannot move that way.</summary>
    public async Task<bool> MoveAsync(int id, bool up, CancellationToken ct)
    {
        var active = await db.LocalOfferQuestions.Where(q => q.IsActive).OrderBy(q => q.SortOrder).ThenBy(q => q.Id).ToListAsync(ct);
        var index = active.FindIndex(q => q.Id == id);
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= active.Count) return false;
        (active[index], active[other]) = (active[other], active[index]);
        // Renumbered from the list, so questions that shared a number still end up in a clear order.
        for (var i = 0; i < active.Count; i++) active[i].SortOrder = i;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Stops asking the question; answers already given stay on their listings.</summary>
    public async Task<LocalOfferQuestion?> RetireAsync(int id, CancellationToken ct)
    {
        var question = await FindAsync(id, ct);
        if (question is null || !question.IsActive) return null;
        question.IsActive = false;
        await db.SaveChangesAsync(ct);
        return question;
    }

    /// <summary>Asks a retired question again, at the end of the list.</summary>
    public async Task<LocalOfferQuestion?> RestoreAsync(int id, CancellationToken ct)
    {
        var question = await FindAsync(id, ct);
        if (question is null || question.IsActive) return null;
        question.IsActive = true;
        question.SortOrder = (await db.LocalOfferQuestions.Where(q => q.IsActive).MaxAsync(q => (int?)q.SortOrder, ct) ?? -1) + 1;
        await db.SaveChangesAsync(ct);
        return question;
    }

    /// <summary>A short key from the question's first words: "What about holidays?" becomes "what-about-holidays".</summary>
    public static string KeyFor(string text)
    {
        var slug = ListingFormMapping.SlugFor(text);
        if (slug.Length <= 40) return slug;
        var cut = slug[..40];
        var lastHyphen = cut.LastIndexOf('-');
        return lastHyphen > 10 ? cut[..lastHyphen] : cut;
    }

    private async Task<string> UniqueKeyAsync(string key, CancellationToken ct)
    {
        var candidate = key;
        for (var n = 2; await db.LocalOfferQuestions.AnyAsync(q => q.Key == candidate, ct); n++) candidate = $"{key}-{n}";
        return candidate;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
