namespace Casewell.Consents;

/// <summary>
/// The notice that goes with every disclosure of substance use treatment records (42 CFR 2.32), in our words. It
/// is stored on the disclosure as it was sent, in English like the regulation, so that a later rewording does not
/// change what a recipient was told.
/// </summary>
public static class RedisclosureNotice
{
    public const string Text =
        "42 CFR Part 2 notice: the information disclosed to you comes from records protected by the federal rules on the "
        + "confidentiality of substance use disorder patient records (42 CFR part 2). You may not disclose it further unless the "
        + "person it concerns consents in writing, or part 2 otherwise permits it; a general authorization to release medical or "
        + "other information does not suffice. You may not use it, or testimony about it, in a civil, criminal, administrative or "
        + "legislative proceeding against that person, nor to investigate or prosecute them for a crime, unless they consent or a "
        + "court orders it under 42 CFR 2.64 or 2.65.";
}
