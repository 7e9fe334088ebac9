"""Default report templates, shipped in the wheel as the package ``ambition.templates``."""
