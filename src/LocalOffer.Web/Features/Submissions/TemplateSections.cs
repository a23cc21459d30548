namespace LocalOffer.Web.Features.Submissions;

/// <summary>One page of the template form: its address, its title, and which part of the form it edits.</summary>
public sealed record TemplateSection(string Key, string Title, string Group, Type Type, Func<ListingForm, object> Get, Action<ListingForm, object> Set, bool Optional = false);

/// <summary>The template form's sections, in the order the task list shows them.</summary>
public static class TemplateSections
{
    public static readonly IReadOnlyList<TemplateSection> All =
    [
        new("about", "About the service", "The service", typeof(AboutSection), f => f.About, (f, s) => f.About = (AboutSection)s),
        new("who", "Who it is for", "The service", typeof(WhoSection), f => f.Who, (f, s) => f.Who = (WhoSection)s),
        new("access", "How to get it", "The service", typeof(AccessSection), f => f.Access, (f, s) => f.Access = (AccessSection)s),
        new("cost", "Cost", "The service", typeof(CostSection), f => f.Cost, (f, s) => f.Cost = (CostSection)s),
        new("where", "Where and when", "Where, when and how to get in touch", typeof(WhereSection), f => f.Where, (f, s) => f.Where = (WhereSection)s),
        new("contact", "Contact details", "Where, when and how to get in touch", typeof(ContactSection), f => f.Contact, (f, s) => f.Contact = (ContactSection)s),
        new("accessibility", "Venue accessibility", "Where, when and how to get in touch", typeof(VenueAccessibilitySection), f => f.Accessibility, (f, s) => f.Accessibility = (VenueAccessibilitySection)s, Optional: true),
        new("languages", "Languages", "Where, when and how to get in touch", typeof(LanguagesSection), f => f.Languages, (f, s) => f.Languages = (LanguagesSection)s, Optional: true),
        new("local-offer", "SEND Local Offer questions", "Support for children and young people with SEND", typeof(LocalOfferSection), f => f.LocalOffer, (f, s) => f.LocalOffer = (LocalOfferSection)s),
        new("school", "Schools and colleges", "Support for children and young people with SEND", typeof(SchoolSection), f => f.School, (f, s) => f.School = (SchoolSection)s, Optional: true),
        new("categories", "Kind of service", "Support for children and young people with SEND", typeof(CategoriesSection), f => f.Categories, (f, s) => f.Categories = (CategoriesSection)s),
    ];

    public static TemplateSection? Find(string? key) => All.FirstOrDefault(s => s.Key == key);
}
