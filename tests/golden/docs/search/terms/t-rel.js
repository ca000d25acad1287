sitrepSearchData("terms/t-rel",{"released":"QNXd8","reluctant":"RPzi8"});
