sitrepSearchData("terms/t-tob",{"tobias":"MFBo2AERl8"});
