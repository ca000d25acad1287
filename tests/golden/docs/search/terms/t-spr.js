sitrepSearchData("terms/t-spr",{"spring":"RPzix0"});
