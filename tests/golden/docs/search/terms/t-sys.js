sitrepSearchData("terms/t-sys",{"system":"DTInaIWKmgDFVm8","systems":"QNXd8xxE5g"});
