sitrepSearchData("terms/t-ger",{"german":"HGRk8GEJu8","germany":"HGRk8"});
