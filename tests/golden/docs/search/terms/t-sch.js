sitrepSearchData("terms/t-sch",{"schneider":"MFBo6AERlo"});
