sitrepSearchData("terms/t-ber",{"berlin":"MFBo8ISJ38"});
