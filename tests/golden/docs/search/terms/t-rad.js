sitrepSearchData("terms/t-rad",{"radar":"VNRl8"});
