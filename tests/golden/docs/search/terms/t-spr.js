sitrepSearchData("terms/t-spr",{"spring":"FFSlx0"});
