sitrepSearchData("terms/x-d0b0d180d182",{"артемовск":"CDFv6","артемівськ":"CDFv6"});
