using LocalOffer.Web.Features.Information;

namespace LocalOffer.UnitTests.Information;

public sealed class GlossaryExplainTests
{
    private static readonly Glossary Glossary = new([
        new GlossaryTerm("SEN (special educational needs)", "SEN", "special educational needs", "sen"),
        new GlossaryTerm("SEND (special educational needs and disabilities)", "SEND", "special educational needs and disabilities", "send"),
        new GlossaryTerm("EHC plan (Education, Health and Care plan)", "EHC plan", "Education, Health and Care plan", "ehc-plan"),
        new GlossaryTerm("Short breaks", null, "Time apart.", "short-breaks"),
    ]);

    [Fact]
    public void A_listing_description_explains_each_short_form_and_stays_encoded()
    {
        var html = Glossary.Explain("Help for SEND & SEN <b>pupils</b> with an EHC plan, not SENDS.").ToString();
        Assert.Equal("Help for <abbr title=\"special educational needs and disabilities\">SEND</abbr> &amp; "
            + "<abbr title=\"special educational needs\">SEN</abbr> &lt;b&gt;pupils&lt;/b&gt; with an "
            + "<abbr title=\"Education, Health and Care plan\">EHC plan</abbr>, not SENDS.", html);
    }

    [Fact]
    public void Text_without_short_forms_is_only_encoded()
    {
        Assert.Equal("Short breaks &quot;here&quot;", Glossary.Explain("Short breaks \"here\"").ToString());
        Assert.Equal(["EHC plan", "SEN"], Glossary.UsedIn("An EHC plan, SEN support, SEN again").Select(t => t.ShortForm));
    }
}
