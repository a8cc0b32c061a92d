namespace Casewell.Demo;

/// <summary>What loading demo data says, as codes the web's command line words.</summary>
public static class DemoMessages
{
    public const string CommandLineOnly = "Demo.CommandLineOnly";
    public const string ChooseSize = "Demo.ChooseSize";
    public const string DatabaseNotEmpty = "Demo.DatabaseNotEmpty";
}
