using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// Keyboard only: after the first address, every step is a key press (Tab, Shift+Tab, Enter, Space, the
/// arrow keys that move between radio buttons, and typing). At every stop the focused element must be
/// shown (not hidden, see-through, clipped away or outside the window) and carry a visible focus
/// indicator: an outline or box-shadow, in GOV.UK's yellow focus colour.
/// </summary>
[Collection(SiteChecksCollection.Name)]
public sealed class KeyboardTests(SiteChecksFixture fixture)
{
    private readonly BrowserSite _site = fixture.Site;

    public sealed class Focus
    {
        public string Where { get; set; } = "";
        public bool Matches { get; set; }
        public string Problem { get; set; } = "";
    }

    /// <summary>
    /// Describes the focused element, whether it matches the selector (and text), and what is wrong with how it
    /// shows focus. A radio or checkbox is drawn by its label (the input itself is see-through), so its label
    /// and the label's ring (::before) are what must show.
    /// </summary>
    private const string FocusScript = """
        ([selector, text]) => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return { where: 'the page itself', matches: false, problem: 'nothing has focus' };
          const label = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 50);
          const where = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? `[name=${el.name}]` : '') + (label ? ` "${label}"` : '');
          const choice = el.matches('input[type=radio], input[type=checkbox]');
          const drawn = choice && el.labels && el.labels.length ? el.labels[0] : el;
          const problems = [];
          if (el.closest('[hidden], [aria-hidden="true"], [inert]')) problems.push('inside something hidden');
          for (let a = el; a; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (s.display === 'none') problems.push('not displayed');
            if (s.opacity === '0' && !(choice && a === el)) problems.push('see-through');
            if (s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)') problems.push('clipped away (visually hidden)');
          }
          const r = drawn.getBoundingClientRect();
          if (r.width < 2 || r.height < 2) problems.push('no size');
          if (getComputedStyle(drawn).visibility !== 'visible') problems.push('not visible');
          if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) problems.push('outside the window');
          const styles = choice && drawn !== el ? [getComputedStyle(drawn, '::before')] : [getComputedStyle(el)];
          const yellow = 'rgb(255, 221, 0)';
          const outline = s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s => s.boxShadow && s.boxShadow !== 'none';
          if (!styles.some(s => outline(s) || shadow(s))) problems.push('no outline or box-shadow');
          if (!styles.some(s => s.backgroundColor === yellow || (outline(s) && s.outlineColor === yellow) || (shadow(s) && s.boxShadow.includes(yellow))))
            problems.push('no yellow focus background, outline or ring');
          const matches = !!selector && el.matches(selector) && (!text || el.textContent.trim() === text);
          return { where, matches, problem: [...new Set(problems)].join(', ') };
        }
        """;

    private static async Task<Focus> AssertFocusAsync(IPage page, string why, string? selector = null, string? text = null)
    {
        var focus = await page.EvaluateAsync<Focus>(FocusScript, new object?[] { selector, text });
        Assert.True(focus.Problem == "", $"{page.Url}, {why}: focus is on {focus.Where}: {focus.Problem}");
        return focus;
    }

    /// <summary>Presses Tab (or Shift+Tab) until the element is focused, checking the focus at every stop.</summary>
    private static async Task TabToAsync(IPage page, string selector, string? text = null, bool backwards = false, int most = 250)
    {
        var stops = new List<string>();
        for (var i = 1; i <= most; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focus = await AssertFocusAsync(page, $"{i} {(backwards ? "Shift+Tab" : "Tab")} presses on the way to {selector} {text}", selector, text);
            stops.Add(focus.Where);
            if (focus.Matches) return;
        }
        Assert.Fail($"{page.Url}: {selector} {text} not reached in {most} presses. Focus went: {string.Join(" → ", stops)}");
    }

    private static async Task PressAndWaitForAsync(IPage page, string key, Func<string, bool> url)
    {
        await page.Keyboard.PressAsync(key);
        await page.WaitForURLAsync(url);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    [Fact]
    public async Task Find_a_service_by_words_age_and_postcode_and_open_it_with_the_keyboard_alone()
    {
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/");

        await TabToAsync(page, "#q");
        await page.Keyboard.TypeAsync("speech");
        await PressAndWaitForAsync(page, "Enter", url => url.Contains("/services?"));
        Assert.Equal("speech", await page.Locator("#q").InputValueAsync());

        await TabToAsync(page, "#postcode");
        await page.Keyboard.TypeAsync("BS31 1EH");
        // Tab enters the age radios on the chosen one ("Any age"); the arrow keys choose another, as in every browser.
        await TabToAsync(page, "input[name=age]");
        Assert.Equal("age-any", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        await AssertFocusAsync(page, "after choosing an age with the arrow key", "#age-0-2");
        Assert.True(await page.Locator("#age-0-2").IsCheckedAsync());

        await TabToAsync(page, "button[type=submit]", "Apply filters");
        await PressAndWaitForAsync(page, "Enter", url => url.Contains("age=0-2"));
        Assert.Contains("postcode=BS31+1EH", page.Url);
        Assert.Contains("q=speech", page.Url);
        Assert.Contains("within 5 miles of BS31 1EH", await page.Locator("[role=status]").InnerTextAsync());

        await TabToAsync(page, "a[href='/services/chatterbox-speech-group']");
        await PressAndWaitForAsync(page, "Enter", url => url.EndsWith("/services/chatterbox-speech-group"));
        Assert.Equal("Chatterbox speech group", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task From_the_search_box_one_link_passes_every_filter_and_the_next_tab_reaches_a_result()
    {
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/services?q=swimming");

        await TabToAsync(page, "#q");
        await TabToAsync(page, "a[href='#results']", "Skip the filters and go to the results", most: 5);
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#results ol a[href^='/services/']", most: 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Give_feedback_with_the_keyboard_alone()
    {
        var text = $"I could not find swimming for my daughter with the keyboard {Guid.NewGuid():N}";
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/feedback");

        // With none chosen, Tab enters a radio group on its first button; the arrow key moves on and chooses.
        await TabToAsync(page, "input[name='Form.Topic']");
        await page.Keyboard.PressAsync("ArrowDown");
        await AssertFocusAsync(page, "after choosing a topic with the arrow key", "input[name='Form.Topic'][value=Missing]");
        Assert.True(await page.Locator("input[name='Form.Topic'][value=Missing]").IsCheckedAsync());

        await TabToAsync(page, "input[name='Form.GivenBy']");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.Locator("input[name='Form.GivenBy']").First.IsCheckedAsync());

        await TabToAsync(page, "#Form_Text");
        await page.Keyboard.TypeAsync(text);

        await TabToAsync(page, "main form button[type=submit]");
        // Back one stop is the consent box: the hidden field that catches automated posts is never reached.
        await page.Keyboard.PressAsync("Shift+Tab");
        await AssertFocusAsync(page, "one Shift+Tab back from the button", "#Form_AgreeToReply");
        await TabToAsync(page, "main form button[type=submit]");
        await PressAndWaitForAsync(page, "Enter", url => url.Contains("/feedback/sent"));
        Assert.Equal("Comment sent", (await page.Locator(".govuk-panel__title").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();

        var comment = await _site.QueryAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Text == text));
        Assert.Equal((CommentTopic.Missing, CommentGiver.ChildOrYoungPerson), (comment.Topic, comment.GivenBy));
    }
}
