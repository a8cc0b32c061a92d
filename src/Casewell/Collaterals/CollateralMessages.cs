namespace Casewell.Collaterals;

/// <summary>What recording a client's collateral contacts says, as codes the web words.</summary>
public static class CollateralMessages
{
    public const string RequiredName = "Collateral.RequiredName";
    public const string Name = "Collateral.Name";
    public const string ChooseRole = "Collateral.ChooseRole";
    public const string Organization = "Collateral.Organization";
    public const string Phone = "Collateral.Phone";
    public const string Email = "Collateral.Email";
    public const string EmailFormat = "Collateral.EmailFormat";
    public const string Notes = "Collateral.Notes";
}
