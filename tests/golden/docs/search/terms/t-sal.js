sitrepSearchData("terms/t-sal",{"salient":"PYE6o"});
