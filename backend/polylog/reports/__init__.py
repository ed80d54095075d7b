"""City reports: a Voluntary Local Review or a Climate City Contract report from what a city keeps."""
