sitrepSearchData("terms/t-suf",{"sufficient":"HPMi8"});
