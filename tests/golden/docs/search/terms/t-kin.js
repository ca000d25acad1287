sitrepSearchData("terms/t-kin",{"kind":"FFSl8","kingdom":"FFSl8LQV02yyCf8","kinzhal":"DTIn8"});
