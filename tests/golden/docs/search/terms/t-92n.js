sitrepSearchData("terms/t-92n",{"92nd":"JzHi2ANVm8"});
