sitrepSearchData("terms/t-bah",{"bahkmut":"RPzi8"});
