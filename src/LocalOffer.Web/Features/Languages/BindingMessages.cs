using LocalOffer.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Languages;

/// <summary>Plain words, in the visitor's language, when typed text cannot be read as the number or date a field needs.</summary>
public sealed class BindingMessages(IStringLocalizer<SharedStrings> text) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => text["{0} must be a whole number, like 4", field]);
        messages.SetValueIsInvalidAccessor(_ => text["Enter a valid value"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Enter a value"]);
    }
}
