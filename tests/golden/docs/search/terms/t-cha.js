sitrepSearchData("terms/t-cha",{"chaired":"SPL48","challenger":"RPzi8BJOi6","challengers":"RPzi8BJOi6","changes":"RPzi8","channels":"QNXd8","charge":"BVIi8","charles":"LJTh8"});
