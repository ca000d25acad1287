sitrepSearchData("terms/t-nsc",{"nsc":"TQwi6"});
