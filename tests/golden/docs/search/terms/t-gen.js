sitrepSearchData("terms/t-gen",{"general":"x-Cf8TGDu8"});
