sitrepSearchData("terms/t-kin",{"kind":"RPzi8","kingdom":"RPzi8zHI32yyCf8","kinzhal":"DTIn8"});
