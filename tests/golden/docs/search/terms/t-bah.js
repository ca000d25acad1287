sitrepSearchData("terms/t-bah",{"bahkmut":"FFSl8"});
