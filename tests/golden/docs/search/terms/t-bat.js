sitrepSearchData("terms/t-bat",{"battalion":"FFSl8","battalions":"FFSl8","battle":"FFSlgyw-v8zWApaHXXng","battlefield":"FFSlo","battlefront":"FFSl8"});
