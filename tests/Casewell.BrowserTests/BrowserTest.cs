namespace Casewell.BrowserTests;

/// <summary>Base of every browser test class: skips (or fails under CI) when no Chromium is configured.</summary>
public abstract class BrowserTest
{
    protected BrowserTest(BrowserApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        BrowserEnvironment.RequireChromium();
        App = app;
    }

    protected BrowserApp App { get; }
}
