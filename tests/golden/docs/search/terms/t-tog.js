sitrepSearchData("terms/t-tog",{"together":"LJTh2CBI18AWA58"});
