using System.Collections;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Shared;

// GOV.UK Design System form components as tag helpers: label, hint, error message, the field, and the
// error styling, all from the model expression (so what the person typed comes back after an error).
// The GOV.UK Frontend tag-helper library for ASP.NET Core is not available from our package registry,
// so this is the small part of it these forms use.

public abstract class GovUkFieldTagHelper(IStringLocalizer<SharedStrings> text) : TagHelper
{
    protected IStringLocalizer<SharedStrings> Text => text;

    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;
    [HtmlAttributeName("for")] public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;
    public string? Label { get; set; }
    public string? Hint { get; set; }
    /// <summary>Extra classes for the label or legend, e.g. <c>govuk-label--m</c>; <c>page-heading</c> makes it the page's h1.</summary>
    public string? LabelClass { get; set; }

    protected string Name => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
    protected string Id => TagBuilder.CreateSanitizedId(Name, "_");
    protected string? Error => ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>What was typed, if the form came back with errors; else the model's value.</summary>
    protected string? Value => ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
        ? entry.AttemptedValue
        : For.Model switch { null => null, bool b => b ? "true" : "false", var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) };

    protected static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    protected string Describedby(params string?[] ids) => string.Join(' ', ids.Where(i => i is not null));

    protected string HintHtml() => Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>";

    protected string ErrorHtml() => Error is null ? "" : $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">{E(text["Error:"])}</span> {E(Error)}</p>";

    protected string LabelHtml(string forId)
    {
        var label = $"<label class=\"govuk-label {E(LabelClass?.Replace("page-heading", "govuk-label--l"))}\" for=\"{forId}\">{E(Label)}</label>";
        return LabelClass?.Contains("page-heading") == true ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string LegendHtml()
    {
        var heading = LabelClass?.Contains("page-heading") == true;
        var css = heading ? "govuk-fieldset__legend--l" : LabelClass?.Replace("govuk-label--", "govuk-fieldset__legend--");
        var text = heading ? $"<h1 class=\"govuk-fieldset__heading\">{E(Label)}</h1>" : E(Label);
        return $"<legend class=\"govuk-fieldset__legend {css}\">{text}</legend>";
    }

    protected void Group(TagHelperOutput output, string inner)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-form-group" + (Error is null ? "" : " govuk-form-group--error"));
        output.Content.SetHtmlContent(inner);
    }
}

[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper(IStringLocalizer<SharedStrings> text) : GovUkFieldTagHelper(text)
{
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputClass { get; set; }
    public string? Inputmode { get; set; }
    public bool Spellcheck { get; set; } = true;
    public string? Prefix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var described = Describedby(Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error");
        // A password is never written back into the page, even when the form comes back with errors.
        var value = Type == "password" ? "" : Value;
        var input = $"<input class=\"govuk-input {E(InputClass)}{(Error is null ? "" : " govuk-input--error")}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\" value=\"{E(value)}\""
            + (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
            + (Inputmode is null ? "" : $" inputmode=\"{E(Inputmode)}\"")
            + (Spellcheck ? "" : " spellcheck=\"false\"")
            + (described.Length == 0 ? "" : $" aria-describedby=\"{described}\"") + ">";
        if (Prefix is not null) input = $"<div class=\"govuk-input__wrapper\"><div class=\"govuk-input__prefix\" aria-hidden=\"true\">{E(Prefix)}</div>{input}</div>";
        Group(output, LabelHtml(Id) + HintHtml() + ErrorHtml() + input);
    }
}

[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper(IStringLocalizer<SharedStrings> localizer) : GovUkFieldTagHelper(localizer)
{
    public int Rows { get; set; } = 5;
    /// <summary>Makes it a GOV.UK character count: the limit is said in words, and counted down with JavaScript on.</summary>
    public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var described = Describedby(Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error", MaxLength is null ? null : Id + "-info");
        var area = $"<textarea class=\"govuk-textarea{(MaxLength is null ? "" : " govuk-js-character-count")}{(Error is null ? "" : " govuk-textarea--error")}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\""
            + (described.Length == 0 ? "" : $" aria-describedby=\"{described}\"") + $">{E(Value)}</textarea>";
        var info = MaxLength is int max ? $"<div id=\"{Id}-info\" class=\"govuk-hint govuk-character-count__message\">{E(Text["You can enter up to {0} characters", max.ToString("N0")])}</div>" : "";
        Group(output, LabelHtml(Id) + HintHtml() + ErrorHtml() + area + info);
        if (MaxLength is int limit)
        {
            output.Attributes.SetAttribute("class", output.Attributes["class"].Value + " govuk-character-count");
            output.Attributes.SetAttribute("data-module", "govuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // GOV.UK Frontend counts down in the page's language when given the words (%{count} is its placeholder).
            output.Attributes.SetAttribute("data-i18n.characters-under-limit.one", Text["You have %{count} character remaining"].Value);
            output.Attributes.SetAttribute("data-i18n.characters-under-limit.other", Text["You have %{count} characters remaining"].Value);
            output.Attributes.SetAttribute("data-i18n.characters-at-limit", Text["You have 0 characters remaining"].Value);
            output.Attributes.SetAttribute("data-i18n.characters-over-limit.one", Text["You have %{count} character too many"].Value);
            output.Attributes.SetAttribute("data-i18n.characters-over-limit.other", Text["You have %{count} characters too many"].Value);
        }
    }
}

/// <summary>Checkboxes for a list property, or radios for a single value, from a list of options.</summary>
[HtmlTargetElement("govuk-choices", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkChoicesTagHelper(IStringLocalizer<SharedStrings> text) : GovUkFieldTagHelper(text)
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];
    /// <summary><c>checkboxes</c> (the default for lists) or <c>radios</c>.</summary>
    public string? Kind { get; set; }
    public bool Small { get; set; }
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var radios = Kind == "radios" || (Kind is null && For.Model is not IEnumerable || For.Model is string);
        var chosen = ChosenValues();
        var css = radios ? "govuk-radios" : "govuk-checkboxes";
        var items = Items.Select((item, i) =>
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var selected = chosen.Contains(item.Value) || (chosen.Count == 0 && item.Selected);
            return $"<div class=\"{css}__item\"><input class=\"{css}__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"{(radios ? "radio" : "checkbox")}\" value=\"{E(item.Value)}\"{(selected ? " checked" : "")}>"
                + $"<label class=\"govuk-label {css}__label\" for=\"{id}\">{E(item.Text)}</label></div>";
        });
        var described = Describedby(Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error");
        var list = $"<div class=\"{css}{(Small ? $" {css}--small" : "")}{(Inline ? $" {css}--inline" : "")}\" data-module=\"govuk-{(radios ? "radios" : "checkboxes")}\">{string.Concat(items)}</div>";
        Group(output, $"<fieldset class=\"govuk-fieldset\"{(described.Length == 0 ? "" : $" aria-describedby=\"{described}\"")}>{LegendHtml()}{HintHtml()}{ErrorHtml()}{list}</fieldset>");
    }

    private HashSet<string> ChosenValues()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
            return entry.RawValue switch { string s => [s], string[] a => [.. a], _ => [] };
        return For.Model switch
        {
            null => [],
            bool b => [b ? "true" : "false"],
            string s => [s],
            IEnumerable list => list.Cast<object>().Select(o => o.ToString()!).ToHashSet(),
            var v => [v.ToString()!],
        };
    }
}

/// <summary>One checkbox for a true/false property (with the hidden "false" so unticking is saved).</summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxTagHelper(IStringLocalizer<SharedStrings> text) : GovUkFieldTagHelper(text)
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var on = Value == "true" || Value == "true,false";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-checkboxes govuk-checkboxes--small");
        output.Content.SetHtmlContent($"<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"{Id}\" name=\"{E(Name)}\" type=\"checkbox\" value=\"true\"{(on ? " checked" : "")}{(Hint is null ? "" : $" aria-describedby=\"{Id}-hint\"")}>"
            + $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{Id}\">{E(Label)}</label>{(Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{E(Hint)}</div>")}</div>"
            + $"<input type=\"hidden\" name=\"{E(Name)}\" value=\"false\">");
    }
}

/// <summary>The GOV.UK error summary: every error on the page, each a link to its field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper(IStringLocalizer<SharedStrings> text) : TagHelper
{
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>
    /// The fields' names in the order the form shows them, comma-separated, so the summary lists errors in
    /// that order (ModelState keeps its own order: by name length, then alphabetically).
    /// </summary>
    public string? FieldOrder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var order = (FieldOrder ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .OrderBy(e => order.FindIndex(name => string.Equals(name, e.Key, StringComparison.OrdinalIgnoreCase)) is var i && i >= 0 ? i : int.MaxValue)
            .Select(e => (Id: TagBuilder.CreateSanitizedId(e.Key, "_"), e.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0) { output.SuppressOutput(); return; }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var items = errors.Select(e => $"<li><a href=\"#{(e.Id.Length == 0 ? "main-content" : e.Id)}\">{HtmlEncoder.Default.Encode(e.ErrorMessage)}</a></li>");
        output.Content.SetHtmlContent($"<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">{HtmlEncoder.Default.Encode(text["There is a problem"])}</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{string.Concat(items)}</ul></div></div>");
    }
}
