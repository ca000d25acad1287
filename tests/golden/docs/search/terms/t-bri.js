sitrepSearchData("terms/t-bri",{"brigade":"JzHiiCUYkgASKea","brigades":"PYE6o","britain":"U-Ll6","british":"XwS48"});
