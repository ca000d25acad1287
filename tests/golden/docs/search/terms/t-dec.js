sitrepSearchData("terms/t-dec",{"decided":"NRB88","decisions":"TQwi8","declining":"RPzi8"});
