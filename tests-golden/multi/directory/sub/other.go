package other

sub-folders are other packages, not part of this one
