sitrepSearchData("terms/t-dep",{"department":"BVIiizMG3oNTS32","dependent":"FFSl8","depends":"FFSl8","depleted":"PYE61"});
